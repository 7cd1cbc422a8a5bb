package org.actoratlas.gaps;

import java.util.List;
import java.util.Map;

/**
 * Clusters of actors that work together, and how much they work across clusters.
 *
 * @param algorithm how the clusters were found
 * @param unlinked actors with no link at all, left out of the clusters
 * @param between pairs of clusters with at least one link between them, most links first
 */
record Communities(String country, String algorithm, int actors, int links, List<Community> communities,
		List<CommunityLink> between, List<String> unlinked) {

	/**
	 * @param id {@code c1}, {@code c2}, ... by size, largest first
	 * @param label the name of the best connected member
	 * @param members by links inside the cluster, most first, then id
	 * @param groups how many members in each actor group
	 * @param internalLinks links among members
	 * @param externalLinks links from members to other clusters
	 */
	record Community(String id, String label, int size, List<Actor> members, Map<String, Integer> groups, int internalLinks,
			int externalLinks) {
	}

	/** @param examples up to five linked actor pairs, as ids */
	record CommunityLink(String from, String to, int links, List<List<String>> examples) {
	}

}
