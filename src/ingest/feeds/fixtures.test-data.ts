/** Fictional feeds in each dialect, shared by the feed, file and watch tests. */

export const ITEM_BODY = '<p>The harbour authority of Port Ellis said on Tuesday that the new ferry terminal would open in May.</p>';

export const RSS2 = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Ellis Courier</title><link>https://courier.example/</link><ttl>15</ttl>
<item><title>Ferry terminal to open in May</title><link>https://courier.example/news/ferry</link>
<guid>courier-1</guid><pubDate>Tue, 03 Mar 2026 09:30:00 GMT</pubDate><dc:creator>Mara Voss</dc:creator>
<description>Short summary.</description><content:encoded><![CDATA[${ITEM_BODY}]]></content:encoded></item>
<item><title>Council delays vote</title><link>https://courier.example/news/vote</link>
<description>&lt;p&gt;The council delayed its vote on the budget by a week.&lt;/p&gt;</description></item>
</channel></rss>`;

export const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Northern Ledger</title><link href="https://ledger.example/"/>
<entry><title>Bridge repairs finish early</title><link rel="alternate" href="https://ledger.example/bridge"/>
<id>urn:ledger:1</id><published>2026-03-04T08:00:00Z</published><author><name>Ilse Brandt</name></author>
<summary>Repairs ended.</summary><content type="html">&lt;p&gt;Repairs on the Wexley bridge finished two weeks early, the city said.&lt;/p&gt;</content></entry>
</feed>`;

export const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://valley.example/"><title>Valley Post</title><link>https://valley.example/</link></channel>
<item rdf:about="https://valley.example/rail"><title>Rail strike called off</title><link>https://valley.example/rail</link>
<description>Unions called off Friday's rail strike after talks ran late into the night.</description><dc:date>2026-03-05</dc:date></item>
</rdf:RDF>`;

export const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Coastline Daily',
  home_page_url: 'https://coastline.example/',
  items: [
    { id: 'c-1', url: 'https://coastline.example/storm', title: 'Storm closes port', date_published: '2026-03-06T07:00:00Z', authors: [{ name: 'Tomas Reid' }], content_html: '<p>A storm closed the port of Dunmere for two days.</p>' },
    { id: 2, url: 'https://coastline.example/fish', content_text: 'Fish prices rose.\n\nTraders blamed the storm.' },
  ],
});
