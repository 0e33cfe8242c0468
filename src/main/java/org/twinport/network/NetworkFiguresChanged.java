package org.twinport.network;

/**
 * Published when something that the office's figures count has changed outside the
 * network module.
 */
public record NetworkFiguresChanged(String reason) {
}
