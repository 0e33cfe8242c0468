package org.twinport.ordering.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The payment-timeout sweep runs on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class OrderingConfiguration {

}
