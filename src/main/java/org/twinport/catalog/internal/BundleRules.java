package org.twinport.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.twinport.catalog.BundleComponent;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Reason;

/**
 * The bundle rules behind {@link ProductManagementService}: a bundle variant is made of at
 * most {@value #MAX_COMPONENTS} of the same merchant's plain variants, each once, none of
 * them a bundle, and a component cannot itself become a bundle. The caller has checked the
 * bundle variant is in its scope and runs in a transaction.
 */
@Component
class BundleRules {

	static final int MAX_COMPONENTS = 20;

	private static final String COMPONENTS = """
			select c.component_variant_id, v.sku, c.quantity, c.bundle_variant_id from catalog.variant_component c
			join catalog.variant v on v.id = c.component_variant_id
			""";

	private final JdbcClient jdbc;

	BundleRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Replaces the components of the merchant's variant after checking them.
	 * @param merchant the merchant whose variant {@code variantId} is
	 */
	List<BundleComponent> setComponents(long merchant, long variantId, @Nullable List<BundleComponent> components) {
		// One change of a merchant's bundles at a time: two made at once could otherwise
		// nest bundles (each checks the other before either is written).
		jdbc.sql("select pg_advisory_xact_lock(hashtext('catalog.variant_component'), cast(:m as integer))")
			.param("m", (int) merchant)
			.query((rs, n) -> 1)
			.list();
		if (components == null) {
			throw new InvalidInputException("components", Reason.of("catalog.problem.componentsRequired"));
		}
		if (components.size() > MAX_COMPONENTS) {
			throw new InvalidInputException("components", Reason.of("catalog.problem.componentsMax", MAX_COMPONENTS));
		}
		boolean isComponent = jdbc
			.sql("select exists (select 1 from catalog.variant_component where component_variant_id = :v)")
			.param("v", variantId)
			.query(Boolean.class)
			.single();
		if (isComponent && !components.isEmpty()) {
			throw new InvalidInputException("components", Reason.of("catalog.problem.componentOfBundle"));
		}
		List<BundleComponent> resolved = bySku(merchant, components);
		List<Long> ids = resolved.stream().map(BundleComponent::variantId).toList();
		check(merchant, variantId, resolved, ids);
		jdbc.sql("delete from catalog.variant_component where bundle_variant_id = :v").param("v", variantId).update();
		if (!resolved.isEmpty()) {
			jdbc.sql(
					"""
							insert into catalog.variant_component (bundle_variant_id, component_variant_id, quantity)
							select :v, c, q from unnest(cast(:components as bigint[]), cast(:quantities as integer[])) as u(c, q)""")
				.param("v", variantId)
				.param("components", ids.toArray(Long[]::new))
				.param("quantities", resolved.stream().map(BundleComponent::quantity).toArray(Integer[]::new))
				.update();
		}
		return componentsOf(variantId);
	}

	private void check(long merchant, long variantId, List<BundleComponent> components, List<Long> ids) {
		Map<Long, Long> merchants = new HashMap<>();
		Set<Long> bundles = new HashSet<>();
		jdbc.sql(
				"""
						select v.id, v.merchant_id, exists (select 1 from catalog.variant_component c where c.bundle_variant_id = v.id)
						from catalog.variant v where v.id in (:ids)""")
			.param("ids", ids.isEmpty() ? List.of(-1L) : ids)
			.query((rs, n) -> {
				merchants.put(rs.getLong(1), rs.getLong(2));
				if (rs.getBoolean(3)) {
					bundles.add(rs.getLong(1));
				}
				return null;
			})
			.list();
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < components.size(); i++) {
			BundleComponent component = components.get(i);
			String field = "components[" + i + "]";
			if (component.quantity() < 1 || component.quantity() > 99) {
				throw new InvalidInputException(field + ".quantity", Reason.of("catalog.problem.componentQuantity"));
			}
			if (component.variantId() == variantId) {
				throw new InvalidInputException(field + ".variantId", Reason.of("catalog.problem.bundleContainsItself"));
			}
			if (!seen.add(component.variantId())) {
				throw new InvalidInputException(field + ".variantId", Reason.of("catalog.problem.componentTwice"));
			}
			if (!Long.valueOf(merchant).equals(merchants.get(component.variantId()))) {
				throw new InvalidInputException(field + ".variantId", Reason.of("catalog.problem.notMerchantsVariant"));
			}
			if (bundles.contains(component.variantId())) {
				throw new InvalidInputException(field + ".variantId", Reason.of("catalog.problem.componentIsBundle"));
			}
		}
	}

	/**
	 * Components named by SKU (the merchant pages) get the id of the merchant's variant
	 * with that SKU, all looked up in one query; those named by id are left as they are.
	 */
	private List<BundleComponent> bySku(long merchant, List<BundleComponent> components) {
		List<String> skus = new ArrayList<>();
		for (BundleComponent component : components) {
			String sku = component.sku();
			if (component.variantId() == 0 && sku != null) {
				skus.add(sku);
			}
		}
		Map<String, Long> ids = new HashMap<>();
		if (!skus.isEmpty()) {
			jdbc.sql("select sku, id from catalog.variant where merchant_id = :m and sku in (:skus)")
				.param("m", merchant)
				.param("skus", skus)
				.query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2)))
				.list();
		}
		List<BundleComponent> resolved = new ArrayList<>();
		for (int i = 0; i < components.size(); i++) {
			BundleComponent component = components.get(i);
			String sku = component.sku();
			if (component.variantId() != 0 || sku == null) {
				resolved.add(component);
				continue;
			}
			Long id = ids.get(sku);
			if (id == null) {
				throw new InvalidInputException("components[" + i + "].sku",
						Reason.of("catalog.problem.notMerchantsSku", sku));
			}
			resolved.add(new BundleComponent(id, sku, component.quantity()));
		}
		return resolved;
	}

	/** The components of each bundle variant of the product within the scope, in one read. */
	Map<Long, List<BundleComponent>> bundles(@Nullable Long scope, long productId) {
		Map<Long, List<BundleComponent>> bundles = new LinkedHashMap<>();
		jdbc.sql(COMPONENTS + """
				join catalog.variant b on b.id = c.bundle_variant_id
				where b.product_id = :p and (cast(:scope as bigint) is null or b.merchant_id = :scope)
				order by c.bundle_variant_id, c.component_variant_id""")
			.param("p", productId)
			.param("scope", scope)
			.query((rs, n) -> bundles.computeIfAbsent(rs.getLong(4), b -> new ArrayList<>()).add(component(rs)))
			.list();
		return bundles;
	}

	List<BundleComponent> componentsOf(long variantId) {
		return jdbc.sql(COMPONENTS + "where c.bundle_variant_id = :v order by c.component_variant_id")
			.param("v", variantId)
			.query((rs, n) -> component(rs))
			.list();
	}

	private static BundleComponent component(ResultSet rs) throws SQLException {
		return new BundleComponent(rs.getLong(1), rs.getString(2), rs.getInt(3));
	}

}
