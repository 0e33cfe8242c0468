package org.twinport.catalog.internal;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
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
 * stock changes checked against what is reserved, bundle changes by {@link BundleRules}.
 */
@Service
class ProductManagementService implements ProductManagement {

	private static final String STOCK = """
			select s.variant_id, v.sku, w.code, s.on_hand, s.reserved from catalog.stock s
			join catalog.variant v on v.id = s.variant_id join catalog.warehouse w on w.id = s.warehouse_id
			""";

	private final JdbcClient jdbc;

	private final ProductWriter writer;

	private final ProductReader reader;

	private final ApplicationEventPublisher events;

	private final ProductClassificationRules classification;

	private final BundleRules bundleRules;

	ProductManagementService(JdbcClient jdbc, ProductWriter writer, ProductReader reader,
			ApplicationEventPublisher events, ProductClassificationRules classification, BundleRules bundleRules) {
		this.classification = classification;
		this.bundleRules = bundleRules;
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
	public ProductView replace(@Nullable Long scope, long productId, ProductDraft draft) {
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

	/**
	 * In one read-only transaction: the reader maps each row with further queries (texts,
	 * prices, variants) while the product's own query still holds its connection; outside a
	 * transaction each took a second connection, and eight concurrent reads held the whole
	 * pool waiting for one (the product page stalled for the pool's 30 s timeout).
	 */
	@Override
	@Transactional(readOnly = true)
	public ProductView product(@Nullable Long scope, long productId) {
		return reader.find(scope, productId).orElseThrow(() -> new NotFoundException(Reason.of("catalog.problem.noProduct")));
	}

	@Override
	@Transactional(readOnly = true)
	public PageResult<ProductView> products(@Nullable Long scope, int page, int size) {
		return PageResult.of(reader.page(scope, page, size), page, size, reader.count(scope));
	}

	@Override
	@Transactional
	public void archive(@Nullable Long scope, long productId) {
		product(scope, productId);
		jdbc.sql("update catalog.product set status = 'ARCHIVED', updated_at = now() where id = :id")
			.param("id", productId)
			.update();
		events.publishEvent(new ProductChanged(productId));
	}

	@Override
	public List<StockLevel> stock(@Nullable Long scope, long productId) {
		product(scope, productId);
		return jdbc.sql(STOCK + " where v.product_id = :p order by v.id, w.code")
			.param("p", productId)
			.query((rs, row) -> new StockLevel(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getInt(5)))
			.list();
	}

	@Override
	@Transactional
	public StockLevel setOnHand(@Nullable Long scope, long variantId, String warehouseCode, int onHand) {
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
	public StockLevel reserve(@Nullable Long scope, long variantId, String warehouseCode, int quantity) {
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

	@Override
	public List<BundleComponent> components(@Nullable Long scope, long variantId) {
		merchantOfVariant(scope, variantId);
		return bundleRules.componentsOf(variantId);
	}

	@Override
	@Transactional
	public List<BundleComponent> setComponents(@Nullable Long scope, long variantId, List<BundleComponent> components) {
		return bundleRules.setComponents(merchantOfVariant(scope, variantId), variantId, components);
	}

	@Override
	public Map<Long, List<BundleComponent>> bundles(@Nullable Long scope, long productId) {
		return bundleRules.bundles(scope, productId);
	}

	private long merchantOfVariant(@Nullable Long scope, long variantId) {
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

	private long warehouseOfVariant(@Nullable Long scope, long variantId, String warehouseCode) {
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
