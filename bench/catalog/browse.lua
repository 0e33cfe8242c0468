-- Varied browsing of the catalog API (issue 18): every request draws its market, category, price range, sort,
-- words and page afresh from values present in GenerateCsv's catalog, with a deterministic pseudo-random sequence
-- per wrk thread (Park–Miller), so that no single query is repeated and two runs send the same mix.
--   about half are listings (no words), half searches with words in one of five languages (a few with a typo, a few
--   for one product's model number); 90 % name a market (the price range, when drawn, is one of the price facet's
--   ranges in that market's currency), 50 % a category, 30 % a price range; sorts: relevance 40 %, price up, price
--   down and newest 20 % each; 30 % of first pages are followed to page 2 and a third of those to page 3, with a
--   nextCursor of an answer (see response below).
-- Used by browse.sh; alone: wrk -t2 -c16 -d15s -s bench/catalog/browse.lua http://127.0.0.1:18081 [-- list|search]
-- ("list": listings only, "search": searches with words only; the same mix of filters, sorts and pages).

local markets = { "FI", "DE", "FR", "GB", "CN", "JP", "KR", "RU", "US" }
local categories = { "food", "tea", "rose-products", "preserved-foods", "home", "cookware", "design", "crafts" }
-- The price facet's ranges per market currency (edges 0 10 25 50 100 250 500, scaled to the currency).
local scale = { FI = 1, DE = 1, FR = 1, GB = 1, CN = 1, US = 1, JP = 100, RU = 100, KR = 1000 }
local edges = { 0, 10, 25, 50, 100, 250, 500 }
-- GenerateCsv's words in English, Chinese, Russian, Korean and Japanese, plus a few broad words and typos.
local words = {
  { "teapot", "茶壶", "чайник", "찻주전자", "急須" }, { "green tea", "绿茶", "зелёный чай", "녹차", "緑茶" },
  { "black garlic", "黑蒜", "чёрный чеснок", "흑마늘", "黒にんにく" },
  { "cast iron wok", "铸铁炒锅", "чугунный вок", "무쇠 웍", "鉄鍋" }, { "rose jam", "玫瑰酱", "варенье из роз", "장미잼", "バラジャム" },
  { "linen towel", "亚麻毛巾", "льняное полотенце", "리넨 수건", "リネンタオル" },
  { "glass bowl", "玻璃碗", "стеклянная миска", "유리 그릇", "ガラスボウル" },
  { "soy sauce", "天然酿造酱油", "соевый соус", "간장", "醤油" },
  { "porcelain cup", "瓷杯", "фарфоровая чашка", "도자기 컵", "磁器カップ" },
  { "wooden spoon", "木勺", "деревянная ложка", "나무 숟가락", "木のスプーン" },
  { "ginseng tea", "人参茶", "чай с женьшенем", "인삼차", "高麗人参茶" }, { "honey", "蜂蜜", "мёд", "꿀", "はちみつ" },
  { "noodles", "面条", "лапша", "국수", "麺" }, { "chili sauce", "辣椒酱", "соус чили", "칠리 소스", "チリソース" },
  { "silk scarf", "丝巾", "шёлковый шарф", "실크 스카프", "シルクスカーフ" },
  { "ceramic vase", "陶瓷花瓶", "керамическая ваза", "도자기 꽃병", "陶器の花瓶" } }
local langs = { "en", "zh", "ru", "ko", "ja" }
local broad = { "tea", "sauce", "cup", "towel", "jam", "garlic", "scarf", "vase" }
local typos = { "teapott", "noodels", "porcelian cup", "linnen towel", "ginsen tea", "chilli sauce" }
local sorts = { "RELEVANCE", "RELEVANCE", "PRICE_ASC", "PRICE_DESC", "NEWEST" }
-- The start of a cursor (base64url of "SORT:") tells which sort it resumes.
local cursorOf = { RELEVANCE = "UkVMRVZBTkNF", NEWEST = "TkVXRVNU", PRICE_ASC = "UFJJQ0VfQVND",
  PRICE_DESC = "UFJJQ0VfREVT" }

local threads = {}
function setup(thread)
  threads[#threads + 1] = thread
  thread:set("seed", #threads)
end

local state, waiting, follow
followed = 0

local mode = "mixed"

function init(args)
  mode = args[1] or "mixed"   -- "list": listings only; "search": searches with words only
  state = 7919 * (seed or 1) + 12345
  waiting = {}   -- searches whose next page is to be asked, oldest first
  follow = {}    -- next pages to ask, with their cursor
end

local function random(n)   -- 1..n
  state = (state * 16807) % 2147483647
  return state % n + 1
end

local function chance(percent)
  return random(100) <= percent
end

local function encode(text)
  return (text:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function query()
  local parts = {}
  local lang = "en"
  local kind = random(100)
  if mode == "list" then
    kind = 1
  elseif mode == "search" then
    kind = 50 + math.ceil(kind / 2)
  end
  if kind <= 50 then
    -- a listing: no words
  elseif kind <= 88 then
    local l = random(5)
    lang = langs[l]
    parts[#parts + 1] = "q=" .. encode(words[random(#words)][l])
  elseif kind <= 94 then
    parts[#parts + 1] = "q=" .. encode(broad[random(#broad)])
  elseif kind <= 97 then
    parts[#parts + 1] = "q=" .. encode(typos[random(#typos)])
  else
    parts[#parts + 1] = "q=" .. encode("model " .. random(250000))
  end
  if lang ~= "en" or chance(20) then
    parts[#parts + 1] = "lang=" .. langs[random(5)]
  end
  local market = chance(90) and markets[random(#markets)] or nil
  if market then
    parts[#parts + 1] = "market=" .. market
  end
  if chance(50) then
    parts[#parts + 1] = "category=" .. categories[random(#categories)]
  end
  if market and chance(30) then
    local i = random(#edges)
    parts[#parts + 1] = "minPrice=" .. edges[i] * scale[market]
    if i < #edges then
      parts[#parts + 1] = "maxPrice=" .. edges[i + 1] * scale[market]
    end
  end
  local sort = sorts[random(#sorts)]
  parts[#parts + 1] = "sort=" .. sort
  local pages = 1
  if chance(30) then
    pages = chance(33) and 3 or 2
  end
  return "/api/v1/catalog/search?" .. table.concat(parts, "&"), sort, pages
end

function request()
  local next = table.remove(follow, 1)
  if next then
    followed = followed + 1
    if next.left > 0 then
      waiting[#waiting + 1] = next
    end
    return wrk.format("GET", next.path .. "&cursor=" .. next.cursor)
  end
  local path, sort, pages = query()
  if pages > 1 then
    waiting[#waiting + 1] = { path = path, sort = sort, left = pages - 1 }
    if #waiting > 64 then
      table.remove(waiting, 1)
    end
  end
  return wrk.format("GET", path)
end

-- wrk does not say which request an answer is for (a thread runs several connections), so an answer's nextCursor
-- goes to the oldest search of the same sort waiting for its next page: a cursor resumes any search of its sort
-- at the position it names, so that search gets a next page like its own.
function response(status, headers, body)
  if status ~= 200 or #waiting == 0 then
    return
  end
  local cursor = body:match('"nextCursor":"([^"]+)"')
  if not cursor then
    return
  end
  for i, asked in ipairs(waiting) do
    if cursor:sub(1, #cursorOf[asked.sort]) == cursorOf[asked.sort] then
      table.remove(waiting, i)
      follow[#follow + 1] = { path = asked.path, sort = asked.sort, left = asked.left - 1, cursor = cursor }
      return
    end
  end
end

function done(summary, latency, requests)
  local pages = 0
  for _, thread in ipairs(threads) do
    pages = pages + thread:get("followed")
  end
  io.write(string.format("browse.lua: %d requests, %d of them next pages\n", summary.requests, pages))
end
