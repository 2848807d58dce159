/** Plan pages: load the arrival highlighter only when the URL carries a query (?hl=). */
if (new URLSearchParams(location.search).get('hl')?.trim()) void import('./arrival.ts').then((m) => m.arrive());
