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

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.twinport.catalog.BundleComponent;
import org.twinport.catalog.ProductChanged;
import org.twinport.catalog.ProductDraft;
import org.twinport.catalog.ProductManagement;
import org.twinport.catalog.ProductView;
import org.twinport.catalog.StockLevel;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.NotFoundException;
import org.twinport.shared.PageResult;
import org.twinport.shared.Reason;

/**
 * Products with their variants, stock and bundles: drafts checked by
 * {@link ProductDraftRules} and the classification rules, written by {@link ProductWriter},
 * stock and bundle changes checked against what is reserved.
 * <p>
 * Over our 300 lines: the bundle rules ({@code setComponents} and its lookups, about 130
 * lines) are the part to move into a class of their own next.
 */
@Service
class ProductManagementService implements ProductManagement {

	private static final String STOCK = """
			select s.variant_id, v.sku, w.code, s.on_hand, s.reserved from catalog.stock s
			join catalog.variant v on v.id = s.variant_id join catalog.warehouse w on w.id = s.warehouse_id
			""";

	private static final String COMPONENTS = """
			select c.component_variant_id, v.sku, c.quantity, c.bundle_variant_id from catalog.variant_component c
			join catalog.variant v on v.id = c.component_variant_id
			""";

	private final JdbcClient jdbc;

	private final ProductWriter writer;

	private final ProductReader reader;

	private final ApplicationEventPublisher events;

	private final ProductClassificationRules classification;

	ProductManagementService(JdbcClient jdbc, ProductWriter writer, ProductReader reader,
			ApplicationEventPublisher events, ProductClassificationRules classification) {
		this.classification = classification;
		this.jdbc = jdbc;
		this.writer = writer;
		this.reader = reader;
		this.events = events;
	}

	@Override
	@Transactional
	public ProductView create(long merchantId, ProductDraft draft) {
		ProductDraftRules.check(draft, merchantCurrency(merchantId));
		classification.checkHsCode(draft);
		Map<String, String> nationalCodes = classification.nationalCodes(draft);
		boolean exists = jdbc.sql("select count(*) from catalog.product where merchant_id = :m and sku = :sku")
			.param("m", merchantId)
			.param("sku", draft.sku())
			.query(Long.class)
			.single() > 0;
		if (exists) {
			throw new InvalidInputException("sku", Reason.of("catalog.problem.skuTaken"));
		}
		boolean demo = jdbc.sql("select demo from catalog.merchant where id = :m")
			.param("m", merchantId)
			.query(Boolean.class)
			.single();
		long id = writer.upsert(merchantId, null, draft, demo, nationalCodes);
		events.publishEvent(new ProductChanged(id));
		return reader.find(null, id).orElseThrow();
	}

	@Override
	@Transactional
	public ProductView replace(Long scope, long productId, ProductDraft draft) {
		ProductView existing = product(scope, productId);
		ProductDraftRules.check(draft, merchantCurrency(existing.merchantId()));
		classification.checkHsCode(draft);
		writer.upsert(existing.merchantId(), productId, draft, existing.demo(), classification.nationalCodes(draft));
		events.publishEvent(new ProductChanged(productId));
		return reader.find(null, productId).orElseThrow();
	}

	@Override
	@Transactional
	public ProductView save(long merchantId, ProductDraft draft) {
		Long existing = draft == null || draft.sku() == null ? null
				: jdbc.sql("select id from catalog.product where merchant_id = :m and sku = :sku")
					.param("m", merchantId)
					.param("sku", draft.sku())
					.query(Long.class)
					.optional()
					.orElse(null);
		return existing == null ? create(merchantId, draft) : replace(merchantId, existing, draft);
	}

	@Override
	public ProductView product(Long scope, long productId) {
		return reader.find(scope, productId).orElseThrow(() -> new NotFoundException(Reason.of("catalog.problem.noProduct")));
	}

	@Override
	public PageResult<ProductView> products(Long scope, int page, int size) {
		return PageResult.of(reader.page(scope, page, size), page, size, reader.count(scope));
	}

	@Override
	@Transactional
	public void archive(Long scope, long productId) {
		product(scope, productId);
		jdbc.sql("update catalog.product set status = 'ARCHIVED', updated_at = now() where id = :id")
			.param("id", productId)
			.update();
		events.publishEvent(new ProductChanged(productId));
	}

	@Override
	public List<StockLevel> stock(Long scope, long productId) {
		product(scope, productId);
		return jdbc.sql(STOCK + " where v.product_id = :p order by v.id, w.code")
			.param("p", productId)
			.query((rs, row) -> new StockLevel(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getInt(5)))
			.list();
	}

	@Override
	@Transactional
	public StockLevel setOnHand(Long scope, long variantId, String warehouseCode, int onHand) {
		long warehouse = warehouseOfVariant(scope, variantId, warehouseCode);
		if (onHand < 0) {
			throw new InvalidInputException("onHand", Reason.of("problem.negative"));
		}
		int changed = jdbc.sql("""
				insert into catalog.stock (variant_id, warehouse_id, on_hand) values (:v, :w, :n)
				on conflict (variant_id, warehouse_id) do update set on_hand = excluded.on_hand
				where catalog.stock.reserved <= excluded.on_hand""")
			.param("v", variantId)
			.param("w", warehouse)
			.param("n", onHand)
			.update();
		if (changed == 0) {
			throw new InvalidInputException("onHand", Reason.of("catalog.problem.belowReserved"));
		}
		// stock decides whether buyers find the product
		events.publishEvent(new ProductChanged(productOfVariant(variantId)));
		return level(variantId, warehouse);
	}

	@Override
	@Transactional
	public StockLevel reserve(Long scope, long variantId, String warehouseCode, int quantity) {
		long warehouse = warehouseOfVariant(scope, variantId, warehouseCode);
		if (quantity <= 0) {
			throw new InvalidInputException("quantity", Reason.of("catalog.problem.atLeastOne"));
		}
		int changed;
		try {
			changed = jdbc.sql("""
					update catalog.stock set reserved = reserved + :q
					where variant_id = :v and warehouse_id = :w and on_hand - reserved >= :q""")
				.param("q", quantity)
				.param("v", variantId)
				.param("w", warehouse)
				.update();
		}
		catch (DataIntegrityViolationException ex) {
			changed = 0;
		}
		if (changed == 0) {
			throw new InvalidInputException("quantity", Reason.of("catalog.problem.moreThanAvailable"));
		}
		return level(variantId, warehouse);
	}

	private StockLevel level(long variantId, long warehouse) {
		return jdbc.sql(STOCK + " where s.variant_id = :v and s.warehouse_id = :w")
			.param("v", variantId)
			.param("w", warehouse)
			.query((rs, row) -> new StockLevel(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getInt(5)))
			.single();
	}

	static final int MAX_COMPONENTS = 20;

	@Override
	public List<BundleComponent> components(Long scope, long variantId) {
		merchantOfVariant(scope, variantId);
		return componentsOf(variantId);
	}

	@Override
	@Transactional
	public List<BundleComponent> setComponents(Long scope, long variantId, List<BundleComponent> components) {
		long merchant = merchantOfVariant(scope, variantId);
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
		components = bySku(merchant, components);
		Map<Long, Long> merchants = new HashMap<>();
		Set<Long> bundles = new HashSet<>();
		List<Long> ids = components.stream().map(BundleComponent::variantId).toList();
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
		jdbc.sql("delete from catalog.variant_component where bundle_variant_id = :v").param("v", variantId).update();
		if (!components.isEmpty()) {
			jdbc.sql(
					"""
							insert into catalog.variant_component (bundle_variant_id, component_variant_id, quantity)
							select :v, c, q from unnest(cast(:components as bigint[]), cast(:quantities as integer[])) as u(c, q)""")
				.param("v", variantId)
				.param("components", ids.toArray(Long[]::new))
				.param("quantities", components.stream().map(BundleComponent::quantity).toArray(Integer[]::new))
				.update();
		}
		return componentsOf(variantId);
	}

	/**
	 * Components named by SKU (the merchant pages) get the id of the merchant's variant
	 * with that SKU, all looked up in one query; those named by id are left as they are.
	 */
	private List<BundleComponent> bySku(long merchant, List<BundleComponent> components) {
		List<String> skus = components.stream()
			.filter(component -> component.variantId() == 0 && component.sku() != null)
			.map(BundleComponent::sku)
			.toList();
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
			if (component.variantId() != 0 || component.sku() == null) {
				resolved.add(component);
				continue;
			}
			Long id = ids.get(component.sku());
			if (id == null) {
				throw new InvalidInputException("components[" + i + "].sku",
						Reason.of("catalog.problem.notMerchantsSku", component.sku()));
			}
			resolved.add(new BundleComponent(id, component.sku(), component.quantity()));
		}
		return resolved;
	}

	@Override
	public Map<Long, List<BundleComponent>> bundles(Long scope, long productId) {
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

	private static BundleComponent component(ResultSet rs) throws SQLException {
		return new BundleComponent(rs.getLong(1), rs.getString(2), rs.getInt(3));
	}

	private List<BundleComponent> componentsOf(long variantId) {
		return jdbc.sql(COMPONENTS + "where c.bundle_variant_id = :v order by c.component_variant_id")
			.param("v", variantId)
			.query((rs, n) -> component(rs))
			.list();
	}

	private long merchantOfVariant(Long scope, long variantId) {
		return jdbc.sql(
				"select merchant_id from catalog.variant where id = :v and (cast(:scope as bigint) is null or merchant_id = :scope)")
			.param("v", variantId)
			.param("scope", scope)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException(Reason.of("catalog.problem.noVariant")));
	}

	private long productOfVariant(long variantId) {
		return jdbc.sql("select product_id from catalog.variant where id = :v")
			.param("v", variantId)
			.query(Long.class)
			.single();
	}

	private long warehouseOfVariant(Long scope, long variantId, String warehouseCode) {
		long merchant = merchantOfVariant(scope, variantId);
		return jdbc.sql("select id from catalog.warehouse where merchant_id = :m and code = :code")
			.param("m", merchant)
			.param("code", warehouseCode)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new InvalidInputException("warehouse", Reason.of("catalog.problem.unknownWarehouse")));
	}

	private String merchantCurrency(long merchantId) {
		return jdbc.sql("select payout_currency from catalog.merchant where id = :m")
			.param("m", merchantId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException(Reason.of("catalog.problem.noMerchant")));
	}

}
