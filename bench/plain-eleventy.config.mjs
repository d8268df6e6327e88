/** Eleventy configuration for the plain baseline (see plain-eleventy.mjs). */
const LAYOUT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><main>{{ content | safe }}</main></body></html>
`;

export default function configure(config) {
  config.setUseGitIgnore(false);
  config.setTemplateFormats(['md']);
  config.addTemplate('_includes/trivial.njk', LAYOUT);
  config.addGlobalData('layout', 'trivial.njk');
  // Returned options are the only way to switch off the template language over Markdown.
  return { markdownTemplateEngine: false };
}
