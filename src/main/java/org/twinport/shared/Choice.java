package org.twinport.shared;

/** One option of a picker: the code the server reads and the label the reader sees. */
public record Choice(String code, String label) {
}
