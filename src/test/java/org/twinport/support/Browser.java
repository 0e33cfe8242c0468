package org.twinport.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/** Debian's Chromium, headless, driven by Playwright without any browser download. */
public final class Browser implements AutoCloseable {

	private final Playwright playwright;

	private final com.microsoft.playwright.Browser chromium;

	private Browser(Playwright playwright, com.microsoft.playwright.Browser chromium) {
		this.playwright = playwright;
		this.chromium = chromium;
	}

	public static Browser launch() {
		Path executable = Stream
			.of(System.getenv("TWINPORT_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser")
			.filter(candidate -> candidate != null && Files.isExecutable(Path.of(candidate)))
			.map(Path::of)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(
					"No Chromium found: run bin/ensure-chromium.sh (Debian: apt-get install chromium) or set TWINPORT_CHROMIUM"));
		Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		var chromium = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(executable)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic")));
		return new Browser(playwright, chromium);
	}

	public com.microsoft.playwright.BrowserContext newContext() {
		return chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("en-GB"));
	}

	/** A context of a phone's width ({@code 390 × 844}), where no page may scroll sideways. */
	public com.microsoft.playwright.BrowserContext newPhoneContext() {
		return chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("en-GB")
			.setViewportSize(390, 844));
	}

	@Override
	public void close() {
		chromium.close();
		playwright.close();
	}

}
