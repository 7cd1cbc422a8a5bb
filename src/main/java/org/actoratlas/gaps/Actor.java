package org.actoratlas.gaps;

/**
 * An actor as the gaps API names it.
 *
 * @param kind the API kind ({@code organisation}, {@code programme})
 * @param type the organisation type or programme type
 * @param group the actor group used for brokerage roles (organisations only)
 */
record Actor(String id, String name, String kind, String type, boolean donor, String group) {
}
