/**
 * The implementation of the matchmaking module: the services behind its public interfaces
 * ({@code CompanyService}, {@code MeetingService}, {@code SourcingService},
 * {@code SuggestionService}, {@code RfqAttachmentService}, {@code OfficeSessions}), the
 * {@code Rfq} aggregate and its store, the stores and views that only read and write
 * tables, and the rules that check drafts ({@code ProfileRules}, {@code SourcingRules}).
 * Refusals carry {@code matchmaking.problem.*} codes, worded in
 * {@code messages/matchmaking*.properties}.
 */
@org.jspecify.annotations.NullMarked
package org.twinport.matchmaking.internal;
