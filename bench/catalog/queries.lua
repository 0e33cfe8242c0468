-- Typical marketplace searches with facets, in four scripts, rotated per request.
local queries = {
  "q=teapot&market=FI",
  "q=%E9%85%B1%E6%B2%B9&lang=zh&market=CN",
  "q=%D0%BB%D0%B0%D0%BF%D1%88%D0%B0&lang=ru&market=RU",
  "q=%ED%9D%91%EB%A7%88%EB%8A%98&lang=ko&market=KR",
  "q=cast+iron+wok&market=JP&sort=PRICE_ASC",
  "q=teapott&market=GB",
  "q=green+tea&market=DE&currency=EUR&minPrice=10&maxPrice=200",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/v1/catalog/search?" .. queries[(i % #queries) + 1])
end
