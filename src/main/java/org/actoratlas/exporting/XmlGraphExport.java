package org.actoratlas.exporting;

import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * GraphML (yEd, Gephi, Cytoscape) and GEXF (Gephi) through JGraphT's exporters. Node and link
 * attributes are the ones a map reader needs: name, kind and type; relationship type, sources
 * and evidence.
 */
final class XmlGraphExport {

	private static final List<String> NODE_ATTRIBUTES = List.of("name", "kind", "type", "description");

	private static final List<String> LINK_ATTRIBUTES = List.of("relationship", "sourceIds", "sources", "evidence");

	private XmlGraphExport() {
	}

	static void graphml(ExportedGraph exported, Writer writer) {
		Model model = model(exported);
		GraphMLExporter<String, Edge> exporter = new GraphMLExporter<>(id -> id);
		exporter.setExportVertexLabels(true);
		exporter.setVertexLabelAttributeName("label");
		exporter.setExportEdgeLabels(true);
		exporter.setEdgeLabelAttributeName("label");
		NODE_ATTRIBUTES.forEach(name -> exporter.registerAttribute(name, GraphMLExporter.AttributeCategory.NODE,
				org.jgrapht.nio.AttributeType.STRING));
		LINK_ATTRIBUTES.forEach(name -> exporter.registerAttribute(name, GraphMLExporter.AttributeCategory.EDGE,
				org.jgrapht.nio.AttributeType.STRING));
		exporter.setVertexAttributeProvider(model.nodeAttributes::get);
		exporter.setEdgeAttributeProvider(model.linkAttributes::get);
		exporter.setEdgeIdProvider(new org.jgrapht.nio.IntegerIdProvider<>(1)::apply);
		exporter.exportGraph(model.graph, writer);
	}

	static void gexf(ExportedGraph exported, Writer writer) {
		Model model = model(exported);
		GEXFExporter<String, Edge> exporter = new GEXFExporter<>(id -> id,
				new org.jgrapht.nio.IntegerIdProvider<>(1)::apply);
		exporter.setCreator("Actor Atlas");
		exporter.setDescription(exported.title());
		exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, true);
		NODE_ATTRIBUTES.forEach(name -> exporter.registerAttribute(name, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING));
		LINK_ATTRIBUTES.forEach(name -> exporter.registerAttribute(name, GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING));
		exporter.setVertexAttributeProvider(model.nodeAttributes::get);
		exporter.setEdgeAttributeProvider(model.linkAttributes::get);
		exporter.exportGraph(model.graph, writer);
	}

	/** JGraphT keys edges by equality; two identical parallel links must still be two edges. */
	private static final class Edge {
	}

	private record Model(Graph<String, Edge> graph, Map<String, Map<String, Attribute>> nodeAttributes,
			Map<Edge, Map<String, Attribute>> linkAttributes) {
	}

	private static Model model(ExportedGraph exported) {
		Graph<String, Edge> graph = new DirectedPseudograph<>(null, null, false);
		Map<String, Map<String, Attribute>> nodeAttributes = new HashMap<>();
		Map<String, String> sourceTitles = exported.sources().stream()
			.collect(Collectors.toMap(ExportedGraph.Source::id, s -> s.title() == null ? s.id() : s.title()));
		for (ExportedGraph.Node node : exported.nodes()) {
			graph.addVertex(node.id());
			Map<String, Attribute> attributes = new HashMap<>();
			attributes.put("label", DefaultAttribute.createAttribute(node.name()));
			attributes.put("name", DefaultAttribute.createAttribute(node.name()));
			attributes.put("kind", DefaultAttribute.createAttribute(node.kind()));
			Object type = node.properties().getOrDefault("type", node.properties().get("programmeType"));
			attributes.put("type", DefaultAttribute.createAttribute(type == null ? "" : type.toString()));
			Object description = node.properties().get("description");
			attributes.put("description", DefaultAttribute.createAttribute(description == null ? "" : description.toString()));
			nodeAttributes.put(node.id(), attributes);
		}
		Map<Edge, Map<String, Attribute>> linkAttributes = new HashMap<>();
		for (ExportedGraph.Link link : exported.links()) {
			Edge edge = new Edge();
			graph.addEdge(link.source(), link.target(), edge);
			Map<String, Attribute> attributes = new HashMap<>();
			attributes.put("label", DefaultAttribute.createAttribute(link.type()));
			attributes.put("relationship", DefaultAttribute.createAttribute(link.type()));
			attributes.put("sourceIds", DefaultAttribute.createAttribute(join(link.citations().stream().map(ExportedGraph.Citation::sourceId).toList())));
			attributes.put("sources", DefaultAttribute.createAttribute(join(link.citations().stream()
				.map(c -> sourceTitles.getOrDefault(c.sourceId(), c.sourceId())).toList())));
			attributes.put("evidence", DefaultAttribute.createAttribute(join(link.citations().stream()
				.map(c -> c.evidence() == null ? "" : c.evidence()).toList())));
			linkAttributes.put(edge, attributes);
		}
		return new Model(graph, nodeAttributes, linkAttributes);
	}

	private static String join(List<String> values) {
		return String.join(" | ", values);
	}

}
