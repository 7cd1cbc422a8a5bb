package org.actoratlas.maps;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The request and response bodies of the maps API. */
final class MapRecords {

	private MapRecords() {
	}

	/**
	 * A map as a client sends it to save.
	 *
	 * @param focus the ids the map is about (a country, a theme, a programme, an event, or actors)
	 * @param layout {@code role}, {@code country} or {@code grid}
	 * @param relationshipTypes which relationship types show; empty for all
	 * @param members the actors on the map; when empty on creation, the actors relevant to the focus
	 */
	record MapDraft(@NotBlank @Size(max = 200) String title, @Size(max = 5000) String note, List<String> focus,
			String layout, List<String> relationshipTypes, @Valid List<Member> members, @Size(max = 100) String author) {
	}

	/**
	 * An actor on a map. {@code x}/{@code y} are free positions; {@code influence} and
	 * {@code interest} (0 to 1) place it on the grid.
	 */
	record Member(@NotBlank String id, Double x, Double y, @DecimalMin("0") @DecimalMax("1") Double influence,
			@DecimalMin("0") @DecimalMax("1") Double interest, @Size(max = 2000) String note) {
	}

	record MapSummary(String id, String title, List<String> focus, String layout, String author, OffsetDateTime createdAt,
			OffsetDateTime updatedAt, long members) {
	}

	record MapView(String id, String title, String note, List<String> focus, List<FocusRef> focusNodes, String layout,
			List<String> relationshipTypes, String author, OffsetDateTime createdAt, OffsetDateTime updatedAt,
			List<MemberView> members, List<LinkView> links, Changes changes) {
	}

	record FocusRef(String id, String name, String kind) {
	}

	record MemberView(String id, String name, String kind, String type, String group, String groupTitle, Double x, Double y,
			Double influence, Double interest, String note) {
	}

	record LinkView(String key, String source, String target, String type, List<String> sourceIds) {
	}

	/**
	 * How the graph moved since the map was saved.
	 *
	 * @param newActors actors now relevant to the focus that were not when the map was saved
	 * @param removedLinks links among the members that the map showed and the graph no longer has
	 * @param addedLinks links among the members that appeared since
	 * @param missingMembers members that are no longer in the graph (deleted or merged away)
	 */
	record Changes(List<FocusRef> newActors, List<String> removedLinks, List<String> addedLinks, List<String> missingMembers) {
	}

	/** An actor a map builder proposes for a focus, and why. */
	record Candidate(String id, String name, String kind, String type, String group, String groupTitle, List<String> reasons) {
	}

}
