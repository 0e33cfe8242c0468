package org.twinport.platform.internal;

import org.springframework.http.HttpStatus;

/**
 * The error page for requests that cannot reach the site's own (Thymeleaf) error page
 * because the container could not read them: the site's look, in English and Chinese,
 * with no request data in it.
 */
public final class StaticErrorPage {

	private StaticErrorPage() {
	}

	public static String html(HttpStatus status) {
		String heading = status.value() + " " + status.getReasonPhrase();
		String english = status.is4xxClientError()
				? "The request could not be handled as sent. Please check the address and try again."
				: "Something went wrong on our side. Please try again.";
		String chinese = status.is4xxClientError() ? "无法按所发送的内容处理该请求。请检查地址后重试。" : "我们这边出了问题，请稍后再试。";
		return """
				<!DOCTYPE html>
				<html lang="en"><head><meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s · Twinport</title><link rel="stylesheet" href="/css/twinport.css"></head>
				<body><header class="site-header"><a class="brand" href="/"><span aria-hidden="true">⚓</span> Twinport</a></header>
				<main id="main"><section><h1>%s</h1><p>%s</p><p lang="zh-Hans">%s</p>
				<p><a href="/">Back to the home page</a> · <a href="/?lang=zh-CN" lang="zh-Hans">返回首页</a></p></section></main>
				</body></html>
				""".formatted(heading, heading, english, chinese);
	}

}
