package org.twinport.web;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.twinport.support.IntegrationTest;
import org.twinport.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Links in pages are built without asking the resource resolvers about each one (a class-path lookup per link), and the
 * version-less web-jar addresses the pages use still serve their files.
 */
class LinkBuildingTest extends IntegrationTest {

	@Autowired
	ApplicationContext context;

	@Test
	void noFilterRewritesLinksThroughTheResourceChain() {
		assertThat(context.getBeansOfType(ResourceUrlEncodingFilter.class)).isEmpty();
		assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
			.filteredOn(registration -> registration.getFilter() instanceof ResourceUrlEncodingFilter)
			.allSatisfy(registration -> assertThat(registration.isEnabled()).isFalse());
	}

	@Test
	void webJarsAreServedAtTheirVersionlessAddresses() {
		WebSession visitor = new WebSession(baseUrl());
		for (String path : new String[] { "/webjars/htmx.org/dist/htmx.min.js", "/webjars/echarts/dist/echarts.min.js",
				"/js/twinport.js" }) {
			HttpResponse<String> response = visitor.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
		}
		assertThat(visitor.get("/marketplace").body()).contains("src=\"/webjars/htmx.org/dist/htmx.min.js\"");
	}

}
