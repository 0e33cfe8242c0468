package org.twinport.ordering.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.twinport.catalog.MerchantManagement;
import org.twinport.matchmaking.QuoteAccepted;
import org.twinport.pricing.Incoterm;
import org.twinport.pricing.LandedCost;
import org.twinport.pricing.Quote;
import org.twinport.pricing.QuoteLine;
import org.twinport.pricing.QuoteLine.LineType;
import org.twinport.pricing.QuoteRequest;
import org.twinport.shared.InvalidInputException;
import org.twinport.shared.Money;
import org.twinport.shared.StateConflictException;

/**
 * Estimates the import duty, taxes and fees of a B2B order from an accepted quote with the
 * landed-cost rules: under DDP the supplier pays them, under any other incoterm (EXW, FOB,
 * CIF, DAP, …) the buyer pays them at the border. The estimate leaves freight out (the
 * quote does not price it), so on a CIF customs value it is low by the freight's share.
 */
@Component
class B2bImportEstimate {

	private static final Logger log = LoggerFactory.getLogger(B2bImportEstimate.class);

	private static final Set<LineType> IMPORT_CHARGES = Set.of(LineType.DUTY, LineType.VAT, LineType.GST,
			LineType.CONSUMPTION_TAX, LineType.FEE);

	private final LandedCost landedCost;

	private final MerchantManagement merchants;

	B2bImportEstimate(LandedCost landedCost, MerchantManagement merchants) {
		this.landedCost = landedCost;
		this.merchants = merchants;
	}

	static String paidBy(String incoterm) {
		return "DDP".equals(incoterm) ? "SELLER" : "BUYER";
	}

	/**
	 * The estimated lines, each marked {@code estimate}; none when the goods are not
	 * imported, their HS code is shorter than a subheading, or the rules cannot quote them.
	 */
	List<QuoteLine> importCharges(QuoteAccepted accepted, Money goods) {
		String hs = accepted.hsCode();
		String origin = merchants.merchant(accepted.supplierMerchantId()).countryCode();
		if (hs == null || hs.length() < 6 || origin.equals(accepted.destination())) {
			return List.of();
		}
		Incoterm incoterm = "DDP".equals(accepted.incoterm()) ? Incoterm.DDP : Incoterm.DAP;
		QuoteRequest.Item item = new QuoteRequest.Item(hs, origin, 1, goods, weightKg(accepted), accepted.product());
		QuoteRequest request = new QuoteRequest(origin, accepted.destination(), null, incoterm, null, List.of(item),
				null, null, goods.currency(), null);
		try {
			Quote quote = landedCost.estimate(request);
			if (!quote.accepted()) {
				log.info("No import estimate for quote {}: {}", accepted.quoteId(), quote.refusals().get(0).message());
				return List.of();
			}
			return quote.lines()
				.stream()
				.filter(line -> IMPORT_CHARGES.contains(line.type()))
				.map(line -> new QuoteLine(line.type(), line.amount(), line.base(), line.rate(), line.ruleId(),
						line.source(), line.collected(), line.description(), line.item(), line.reason(), line.args(),
						true))
				.toList();
		}
		catch (InvalidInputException | StateConflictException ex) {
			log.info("No import estimate for quote {}: {}", accepted.quoteId(), ex.getMessage());
			return List.of();
		}
	}

	/** The weight where the unit is one of mass; 0 otherwise (only weight-based rules use it). */
	private static BigDecimal weightKg(QuoteAccepted accepted) {
		return switch (accepted.unit().toLowerCase(Locale.ROOT)) {
			case "kg" -> accepted.quantity();
			case "t", "tonne", "tonnes" -> accepted.quantity().multiply(BigDecimal.valueOf(1000));
			default -> BigDecimal.ZERO;
		};
	}

}
