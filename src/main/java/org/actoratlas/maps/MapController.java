package org.actoratlas.maps;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MapController {

	private final StakeholderMaps maps;

	MapController(StakeholderMaps maps) {
		this.maps = maps;
	}

	@Operation(summary = "Actors relevant to a focus, grouped by role, with the reasons",
			description = "Several focus ids (e.g. a country and a theme) keep the actors relevant to each.")
	@GetMapping("/api/maps/candidates")
	List<MapRecords.Candidate> candidates(@RequestParam List<String> focus) {
		return this.maps.candidates(focus);
	}

	@Operation(summary = "Saved stakeholder maps, newest first")
	@GetMapping("/api/maps")
	List<MapRecords.MapSummary> list() {
		return this.maps.list();
	}

	@Operation(summary = "Save a new map", description = "Without members, the map holds the actors relevant to its focus.")
	@PostMapping("/api/maps")
	ResponseEntity<MapRecords.MapView> create(@Valid @RequestBody MapRecords.MapDraft draft) {
		MapRecords.MapView created = this.maps.create(draft);
		return ResponseEntity.created(java.net.URI.create("/api/maps/" + created.id())).body(created);
	}

	@Operation(summary = "One map with its members, the links among them, and what changed in the graph since it was saved")
	@GetMapping("/api/maps/{id}")
	MapRecords.MapView map(@PathVariable String id) {
		return this.maps.view(id);
	}

	@Operation(summary = "Replace a map (title, note, focus, layout, members with positions and notes)")
	@PutMapping("/api/maps/{id}")
	MapRecords.MapView replace(@PathVariable String id, @Valid @RequestBody MapRecords.MapDraft draft) {
		return this.maps.replace(id, draft);
	}

	@Operation(summary = "Copy a map")
	@PostMapping("/api/maps/{id}/duplicate")
	@ResponseStatus(HttpStatus.CREATED)
	MapRecords.MapView duplicate(@PathVariable String id) {
		return this.maps.duplicate(id);
	}

	@Operation(summary = "Delete a map")
	@DeleteMapping("/api/maps/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String id) {
		this.maps.delete(id);
	}

}
