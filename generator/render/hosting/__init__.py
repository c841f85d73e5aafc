"""Files for crawlers and the host: the sitemap and Netlify's redirects."""
