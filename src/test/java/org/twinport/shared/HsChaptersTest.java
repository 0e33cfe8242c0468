package org.twinport.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The HS chapter titles read from {@code shared/hs-chapters.tsv}, in every interface language. */
class HsChaptersTest {

	private final HsChapters chapters = new HsChapters();

	@Test
	void everyChapterHasATitleInEveryInterfaceLanguage() {
		var english = chapters.all("en");
		assertThat(english).hasSizeGreaterThan(95).containsEntry("09", "Coffee, tea, maté and spices");
		for (UiLanguage language : UiLanguage.ALL) {
			chapters.all(language.code()).forEach((chapter, title) -> {
				assertThat(title).as(language.code() + " " + chapter).isNotBlank();
				if (!language.code().equals("en")) {
					assertThat(title).as(language.code() + " " + chapter + " is not the English title")
						.isNotEqualTo(english.get(chapter));
				}
			});
		}
	}

	@Test
	void aRegionalTagReadsItsLanguageAndAnUnknownOneEnglish() {
		assertThat(chapters.name("09", "zh-CN")).isEqualTo(chapters.name("09", "zh")).contains("茶");
		assertThat(chapters.name("09", "es")).isEqualTo("Coffee, tea, maté and spices");
		assertThat(chapters.name("09", null)).isEqualTo("Coffee, tea, maté and spices");
		assertThat(chapters.label("090210", "en")).isEqualTo("090210 (09 Coffee, tea, maté and spices)");
	}

}
