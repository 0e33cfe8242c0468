package org.twinport;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(TwinportApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void everyCapabilityIsItsOwnModule() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString())).containsExactlyInAnyOrder(
				"shared", "platform", "identity", "network", "catalog", "exchange", "matchmaking", "pricing", "search",
				"ordering", "insight", "web", "demo");
	}

	/**
	 * {@link #modulesRespectTheirBoundaries()} holds a module to the list in its
	 * {@code package-info.java}; without a list any dependency that keeps the graph free of
	 * cycles would pass. Shared is open: every module may use its value types.
	 */
	@Test
	void everyClosedModuleListsTheModulesItMayUse() {
		modules.stream().filter(module -> !module.getIdentifier().toString().equals("shared")).forEach(module -> {
			ApplicationModule declared = packageInfo(module.getBasePackage().getName())
				.getAnnotation(ApplicationModule.class);
			assertThat(declared).as(module.getIdentifier() + " is declared with @ApplicationModule").isNotNull();
			assertThat(declared.allowedDependencies()).as(module.getIdentifier() + " lists its allowed dependencies")
				.doesNotContain(ApplicationModule.OPEN_TOKEN);
		});
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}

	private static Class<?> packageInfo(String packageName) {
		try {
			return Class.forName(packageName + ".package-info");
		}
		catch (ClassNotFoundException ex) {
			throw new AssertionError("No package-info.java in " + packageName, ex);
		}
	}

}
