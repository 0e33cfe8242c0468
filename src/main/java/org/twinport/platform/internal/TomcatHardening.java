package org.twinport.platform.internal;

import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.twinport.platform.HttpLimits;

/**
 * Tomcat as Twinport needs it facing the internet: at most {@link HttpLimits} requests
 * with a body in flight per client address ({@link UploadGuardValve}), and errors that
 * Tomcat answers itself written as problem+json or a site page
 * ({@link ProblemErrorReportValve}).
 */
@Component
class TomcatHardening implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

	private final HttpLimits limits;

	TomcatHardening(HttpLimits limits) {
		this.limits = limits;
	}

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		factory.addEngineValves(new UploadGuardValve(limits.maxUploadsPerAddress()));
		factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
			}
			// Spring Boot adds Tomcat's own error valve in a customizer of its own; by the time
			// the context starts, every customizer has run.
			context.addLifecycleListener(event -> {
				if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
					useProblemErrorReports(context.getParent());
				}
			});
		});
	}

	private static void useProblemErrorReports(Container host) {
		boolean present = false;
		for (Valve valve : host.getPipeline().getValves()) {
			if (valve instanceof ProblemErrorReportValve) {
				present = true;
			}
			else if (valve instanceof ErrorReportValve) {
				host.getPipeline().removeValve(valve);
			}
		}
		if (!present) {
			ProblemErrorReportValve valve = new ProblemErrorReportValve();
			valve.setShowReport(false);
			valve.setShowServerInfo(false);
			host.getPipeline().addValve(valve);
		}
	}

}
