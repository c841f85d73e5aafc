"""HTML pages: the page renderer, each page's view, cards, pagination, SEO data and the static assets pages link."""
