package org.twinport.network;

/**
 * Implemented by modules that add a section to the office's figures (for example
 * donations), so that the network serves them without depending on those modules.
 */
public interface FiguresContributor {

	/** The key of the section in the figures document, for example {@code donations}. */
	String section();

	Object figures(String lang);

}
