package org.twinport.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.twinport.pricing.CodeConstraints.Classification;
import org.twinport.pricing.CodeConstraints.Country;
import org.twinport.pricing.CodeConstraints.TariffLine;
import org.twinport.shared.Money;

/**
 * What a landed-cost quote is asked for.
 *
 * @param currency the currency of the result; the destination's currency when null
 * @param buyerAnnualTotal for China's cross-border retail regime: what the buyer has
 * already imported this year
 * @param buyer who buys: a consumer (when null) or a business with its tax number
 */
public record QuoteRequest(
		@NotNull(message = "{problem.required}") @Country(message = "{pricing.problem.originCN}") String origin,
		@NotNull(message = "{problem.required}") @Country(
				message = "{pricing.problem.destinationFI}") String destination,
		@Nullable String region, @NotNull(message = "{problem.required}") Incoterm incoterm, @Nullable LocalDate date,
		@NotEmpty(message = "{pricing.problem.items}") @Size(max = 200,
				message = "{pricing.problem.maxItems}") List<@Valid @NotNull Item> items,
		@Nullable Money shipping, @Nullable Money insurance, @Nullable String currency,
		@Nullable Money buyerAnnualTotal, @Valid @Nullable Buyer buyer) {

	public QuoteRequest(String origin, String destination, @Nullable String region, Incoterm incoterm,
			@Nullable LocalDate date, List<Item> items, @Nullable Money shipping, @Nullable Money insurance,
			@Nullable String currency, @Nullable Money buyerAnnualTotal) {
		this(origin, destination, region, incoterm, date, items, shipping, insurance, currency, buyerAnnualTotal,
				null);
	}

	/** A business buyer's tax number: an EU VAT id, a GB VAT number, an ABN. */
	public record Buyer(@NotNull(message = "{problem.required}") BuyerType type,
			@Size(max = 20, message = "{pricing.problem.taxIdLength}") @Pattern(regexp = "^[A-Z0-9]*$",
					message = "{pricing.problem.taxIdCharacters}") @Nullable String taxId) {
	}

	public enum BuyerType {

		CONSUMER, BUSINESS

	}

	public BuyerType buyerType() {
		return buyer == null ? BuyerType.CONSUMER : buyer.type();
	}

	/** One line of goods. */
	public record Item(
			@NotNull(message = "{problem.required}") @Classification String hsCode,
			@NotNull(message = "{problem.required}") @Country String originCountry,
			@Min(value = 1, message = "{pricing.problem.atLeastOne}") @Max(value = 100000,
					message = "{pricing.problem.maxQuantity}") int quantity,
			@NotNull(message = "{problem.required}") Money unitPrice,
			@NotNull(message = "{problem.required}") @DecimalMin(value = "0",
					message = "{problem.negative}") @DecimalMax(value = "50000",
							message = "{pricing.problem.maxWeight}") BigDecimal weightKg,
			@Nullable String description,
			@TariffLine @Nullable String nationalCode) {

		public Item(String hsCode, String originCountry, int quantity, Money unitPrice, BigDecimal weightKg,
				@Nullable String description) {
			this(hsCode, originCountry, quantity, unitPrice, weightKg, description, null);
		}
	}

}
