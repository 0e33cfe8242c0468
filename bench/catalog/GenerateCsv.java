import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes the synthetic catalog as one CSV in Shopify's product layout plus Twinport's columns, for ADMIN's import
 * across merchants (a Merchant column holds each product's merchant code): variants / 4 products of 4 variants each,
 * titles in English plus one of Chinese, Russian, Korean or Japanese (Latin, Han, Cyrillic, Hangul and Kana).
 *
 * Usage: java GenerateCsv.java out.csv variants merchants.tsv categories.txt
 * merchants.tsv: code TAB payout currency per line; categories.txt: one category code per line.
 */
public class GenerateCsv {

	static final String[][] WORDS = { { "teapot", "茶壶", "чайник", "찻주전자", "急須" },
			{ "green tea", "绿茶", "зелёный чай", "녹차", "緑茶" }, { "black garlic", "黑蒜", "чёрный чеснок", "흑마늘", "黒にんにく" },
			{ "cast iron wok", "铸铁炒锅", "чугунный вок", "무쇠 웍", "鉄鍋" }, { "rose jam", "玫瑰酱", "варенье из роз", "장미잼", "バラジャム" },
			{ "linen towel", "亚麻毛巾", "льняное полотенце", "리넨 수건", "リネンタオル" },
			{ "glass bowl", "玻璃碗", "стеклянная миска", "유리 그릇", "ガラスボウル" },
			{ "soy sauce", "天然酿造酱油", "соевый соус", "간장", "醤油" },
			{ "porcelain cup", "瓷杯", "фарфоровая чашка", "도자기 컵", "磁器カップ" },
			{ "wooden spoon", "木勺", "деревянная ложка", "나무 숟가락", "木のスプーン" },
			{ "ginseng tea", "人参茶", "чай с женьшенем", "인삼차", "高麗人参茶" }, { "honey", "蜂蜜", "мёд", "꿀", "はちみつ" },
			{ "noodles", "面条", "лапша", "국수", "麺" }, { "chili sauce", "辣椒酱", "соус чили", "칠리 소스", "チリソース" },
			{ "silk scarf", "丝巾", "шёлковый шарф", "실크 스카프", "シルクスカーフ" },
			{ "ceramic vase", "陶瓷花瓶", "керамическая ваза", "도자기 꽃병", "陶器の花瓶" } };

	static final String[] LANGS = { "zh", "ru", "ko", "ja" };

	static final String[] ORIGINS = { "CN", "JP", "KR", "FI", "DE", "GB", "RU", "FR" };

	static final String[] MARKETS = { "CN JP KR FI DE GB", "CN RU FI US", "JP KR GB DE FR" };

	static final String[] SIZES = { "S", "M", "L", "XL" };

	/** Subheadings that exist in HS 2022: the catalog refuses any other. */
	static final String[] HS_CODES = { "090210", "090220", "090230", "090240", "691200", "732391" };

	/** Currencies whose prices are in the hundreds or thousands rather than units. */
	static final Set<String> LARGE = Set.of("JPY", "KRW", "HUF", "KHR", "ISK", "CLP", "IDR", "VND");

	public static void main(String[] args) throws IOException {
		Path out = Path.of(args[0]);
		int products = Integer.parseInt(args[1]) / 4;
		List<String[]> merchants = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of(args[2]))) {
			if (!line.isBlank()) {
				merchants.add(line.strip().split("\t"));
			}
		}
		List<String> categories = Files.readAllLines(Path.of(args[3])).stream().filter(l -> !l.isBlank()).toList();
		try (BufferedWriter csv = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
			csv.write("Handle,Title,Body (HTML),Vendor,Option1 Name,Option1 Value,Variant SKU,Variant Grams,"
					+ "Variant Price,Status,HS Code,Origin Country,Markets,Category,Default Language,Title (zh),"
					+ "Title (ru),Title (ko),Title (ja),Merchant,Variant Inventory Qty\n");
			for (int p = 1; p <= products; p++) {
				String[] merchant = merchants.get(p % merchants.size());
				String[] words = WORDS[p % 16];
				// Every word in every second language: the language changes every 16 products.
				int lang = 1 + (p / 16) % 4;
				String other = switch (lang) {
					case 1 -> words[1] + " 型号" + p + "（合成）";
					case 2 -> words[2] + " модель " + p;
					case 3 -> words[3] + " 모델 " + p;
					default -> words[4] + " モデル" + p;
				};
				String[] titles = { "", "", "", "" };
				titles[lang - 1] = other;
				long units = 500 + (p * 7919L) % 50000;
				String price = LARGE.contains(merchant[1]) ? Long.toString(units * 10)
						: BigDecimal.valueOf(units, 2).toPlainString();
				String handle = "bp-" + p;
				for (int v = 0; v < 4; v++) {
					String sku = "BP-" + p + "-" + SIZES[v];
					String grams = Integer.toString(100 + p % 3000 + v * 50);
					if (v == 0) {
						String title = Character.toUpperCase(words[0].charAt(0)) + words[0].substring(1) + " model "
								+ p + " (synthetic)";
						csv.write(String.join(",", handle, title,
								"\"<p>A synthetic " + words[0] + " for benchmarks, size S to XL.</p>\"", "Bench", "Size",
								SIZES[v], sku, grams, price, "active", HS_CODES[p % HS_CODES.length],
								ORIGINS[p % ORIGINS.length], MARKETS[p % 3], categories.get(p % categories.size()), "en",
								titles[0], titles[1], titles[2], titles[3], merchant[0], stock(p, v)));
					}
					else {
						csv.write(String.join(",", handle, "", "", "", "", SIZES[v], sku, grams, price, "", "", "", "",
								"", "", "", "", "", "", "", stock(p, v)));
					}
					csv.write('\n');
				}
			}
		}
	}

	/** Units on hand: search offers only products with a variant in stock. */
	private static String stock(int product, int variant) {
		return Integer.toString(5 + (product + variant) % 40);
	}

}
