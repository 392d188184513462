/** Text made safe for HTML content and attribute values. */
export function esc(text: string | number): string {
  return String(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** A whole page: language and direction set, one stylesheet and one script, nothing from elsewhere. */
export function page(options: {
  title: string;
  body: string;
  root: string;
  description: string;
}): string {
  return `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${esc(options.description)}">
<title>${esc(options.title)}</title>
<link rel="stylesheet" href="${options.root}assets/style.css">
<script type="module" src="${options.root}assets/app.js"></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
${options.body}
</body>
</html>
`;
}

/** Small inline icons, so that a stance is told by shape as well as by colour and word. */
export const STANCE_ICON: Record<string, string> = {
  support:
    '<svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" stroke-width="2.2"/></svg>',
  oppose:
    '<svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M4 4l8 8M12 4l-8 8" fill="none" stroke="currentColor" stroke-width="2.2"/></svg>',
  conditional:
    '<svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M8 2.5v11M2.5 8h11" fill="none" stroke="currentColor" stroke-width="2.2" stroke-dasharray="2.5 1.5"/></svg>',
  mixed:
    '<svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M8 2v12M2 8h5" fill="none" stroke="currentColor" stroke-width="2.2"/></svg>',
  neutral:
    '<svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="5" fill="none" stroke="currentColor" stroke-width="2"/></svg>',
};
