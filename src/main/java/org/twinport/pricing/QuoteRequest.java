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
		@NotNull(message = "is required") @Pattern(regexp = "^[A-Z]{2}$",
				message = "must be an ISO 3166-1 alpha-2 code such as CN") String origin,
		@NotNull(message = "is required") @Pattern(regexp = "^[A-Z]{2}$",
				message = "must be an ISO 3166-1 alpha-2 code such as FI") String destination,
		@Nullable String region, @NotNull(message = "is required") Incoterm incoterm, @Nullable LocalDate date,
		@NotEmpty(message = "must hold at least one item") @Size(max = 200,
				message = "must hold at most 200 items") List<@Valid @NotNull Item> items,
		@Nullable Money shipping, @Nullable Money insurance, @Nullable String currency,
		@Nullable Money buyerAnnualTotal, @Valid @Nullable Buyer buyer) {

	public QuoteRequest(String origin, String destination, @Nullable String region, Incoterm incoterm,
			@Nullable LocalDate date, List<Item> items, @Nullable Money shipping, @Nullable Money insurance,
			@Nullable String currency, @Nullable Money buyerAnnualTotal) {
		this(origin, destination, region, incoterm, date, items, shipping, insurance, currency, buyerAnnualTotal,
				null);
	}

	/** A business buyer's tax number: an EU VAT id, a GB VAT number, an ABN. */
	public record Buyer(@NotNull(message = "is required") BuyerType type,
			@Size(max = 20, message = "must be at most 20 characters") @Pattern(regexp = "^[A-Z0-9]*$",
					message = "must be letters and digits only, such as FI12345678") @Nullable String taxId) {
	}

	public enum BuyerType {

		CONSUMER, BUSINESS

	}

	public BuyerType buyerType() {
		return buyer == null ? BuyerType.CONSUMER : buyer.type();
	}

	/** One line of goods. */
	public record Item(
			@NotNull(message = "is required") @Pattern(regexp = "^[0-9]{6,10}$",
					message = "must be 6 to 10 digits") String hsCode,
			@NotNull(message = "is required") @Pattern(regexp = "^[A-Z]{2}$",
					message = "must be an ISO 3166-1 alpha-2 code") String originCountry,
			@Min(value = 1, message = "must be at least 1") @Max(value = 100000,
					message = "must be at most 100000") int quantity,
			@NotNull(message = "is required") Money unitPrice,
			@NotNull(message = "is required") @DecimalMin(value = "0",
					message = "must not be negative") @DecimalMax(value = "50000",
							message = "must be at most 50000 kg per unit") BigDecimal weightKg,
			@Nullable String description,
			@Pattern(regexp = "^[0-9]{8,10}$",
					message = "must be the destination's national tariff line, 8 to 10 digits")
			@Nullable String nationalCode) {

		public Item(String hsCode, String originCountry, int quantity, Money unitPrice, BigDecimal weightKg,
				@Nullable String description) {
			this(hsCode, originCountry, quantity, unitPrice, weightKg, description, null);
		}
	}

}
