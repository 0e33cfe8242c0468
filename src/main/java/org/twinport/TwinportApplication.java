package org.twinport;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

@Modulithic(systemName = "Twinport", sharedModules = "shared")
@SpringBootApplication
@ConfigurationPropertiesScan
public class TwinportApplication {

	public static void main(String[] args) {
		SpringApplication.run(TwinportApplication.class, args);
	}

}
