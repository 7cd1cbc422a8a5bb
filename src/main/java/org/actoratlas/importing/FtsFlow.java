package org.actoratlas.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

/**
 * One FTS flow as graph rows: {@code FUNDS} from each source organisation to each destination
 * organisation (to the destination plan when no organisation receives it), the plan as a programme
 * ({@code fts-plan}) that the destination organisations implement, destination locations as
 * {@code ACTIVE_IN}, clusters as themes. Amounts are FTS's US dollar figure.
 */
record FtsFlow(JsonNode flow, long line) {

	void write(ImportContext context) {
		String flowId = text(this.flow, "id");
		context.log().record();
		if (flowId == null) {
			context.log().reject(this.line, null, "flow without an id");
			return;
		}
		String evidence = "fts flow " + flowId + " (line " + this.line + ")";
		List<String> sources = organisations(context, this.flow.path("sourceObjects"));
		List<String> destinations = organisations(context, this.flow.path("destinationObjects"));
		List<String> plans = new ArrayList<>();
		List<String> themes = new ArrayList<>();
		List<String> countries = new ArrayList<>();
		String year = null;
		for (JsonNode object : this.flow.path("destinationObjects")) {
			String type = text(object, "type");
			String name = text(object, "name");
			if (type == null || name == null) {
				continue;
			}
			switch (type) {
				case "Plan" -> {
					String plan = "programme:fts-plan-" + text(object, "id");
					context.batch().node(NodeRow.of("Programme", plan).byDefault("name", name).byDefault("programmeType", "fts-plan"));
					plans.add(plan);
				}
				case "Cluster", "GlobalCluster" -> {
					String theme = "theme:cluster-" + Names.slug(name);
					context.batch().node(NodeRow.of("Theme", theme).byDefault("name", name).byDefault("vocabulary", "cluster"));
					themes.add(theme);
				}
				case "Location" -> context.codelists().countryCode(name).ifPresentOrElse(iso2 -> countries.add(context.country(iso2)),
						() -> context.log().warn(this.line, flowId, "destination location '" + name + "' is not a country in the code list; not linked"));
				case "UsageYear" -> year = name;
				default -> {
				}
			}
		}
		if (sources.isEmpty()) {
			context.log().reject(this.line, flowId, "flow without a source organisation");
			return;
		}
		List<String> receivers = !destinations.isEmpty() ? destinations : plans;
		if (receivers.isEmpty()) {
			context.log().reject(this.line, flowId, "flow without a destination organisation or plan");
			return;
		}
		for (String source : sources) {
			for (String receiver : receivers) {
				context.batch().relationship(RelRow.keyed("FUNDS", "fts:" + flowId + ":" + source + "->" + receiver, source, receiver, evidence)
					.prop("amount", this.flow.path("amountUSD").isNumber() ? this.flow.path("amountUSD").asDouble() : null)
					.prop("currency", "USD")
					.prop("flowId", flowId)
					.prop("status", text(this.flow, "status"))
					.prop("boundary", text(this.flow, "boundary"))
					.prop("flowType", text(this.flow, "flowType"))
					.prop("year", year)
					.prop("valueDate", context.date(text(this.flow, "date"), this.line, flowId, "date"))
					.prop("parentFlowId", text(this.flow, "parentFlowId"))
					.prop("childFlowIds", childFlowIds())
					.prop("shared", sources.size() > 1 || receivers.size() > 1));
			}
		}
		for (String destination : destinations) {
			plans.forEach(plan -> context.batch().relationship(RelRow.role("IMPLEMENTS", "implementing", destination, plan, evidence)));
			countries.forEach(country -> context.batch().relationship(RelRow.pair("ACTIVE_IN", destination, country, evidence)));
			themes.forEach(theme -> context.batch().relationship(RelRow.pair("ADDRESSES", destination, theme, evidence).prop("vocabulary", "cluster")));
		}
		for (String plan : plans) {
			countries.forEach(country -> context.batch().relationship(RelRow.pair("ACTIVE_IN", plan, country, evidence)));
			themes.forEach(theme -> context.batch().relationship(RelRow.pair("ADDRESSES", plan, theme, evidence).prop("vocabulary", "cluster")));
		}
	}

	private List<String> childFlowIds() {
		JsonNode children = this.flow.path("childFlowIds");
		if (!children.isArray()) {
			return null;
		}
		List<String> ids = new ArrayList<>();
		children.forEach(child -> ids.add(child.asString()));
		return ids;
	}

	private static List<String> organisations(ImportContext context, JsonNode objects) {
		List<String> ids = new ArrayList<>();
		for (JsonNode object : objects) {
			String name = text(object, "name");
			if ("Organization".equals(text(object, "type")) && name != null) {
				String id = context.namedOrganisation(name, type(object));
				context.batch().node(NodeRow.of("Organisation", id).byDefault("ftsId", text(object, "id")));
				ids.add(id);
			}
		}
		return ids;
	}

	private static String type(JsonNode organisation) {
		String all = (organisation.path("organizationTypes").toString() + organisation.path("organizationSubTypes").toString())
			.toLowerCase(Locale.ROOT);
		if (all.contains("international ngo")) {
			return "ngo-international";
		}
		if (all.contains("national ngo")) {
			return "ngo-national";
		}
		if (all.contains("government")) {
			return "government";
		}
		if (all.contains("un agency") || all.contains("multilateral")) {
			return "multilateral";
		}
		if (all.contains("foundation")) {
			return "foundation";
		}
		return all.contains("private") ? "private" : null;
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isMissingNode() || value.isNull() ? null : Names.clean(value.asString());
	}

}
