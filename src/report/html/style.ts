// The report's stylesheet, inlined in its <style> element.

export const CSS = `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif; margin: 0; color: #1d2430; background: #f6f7f9; }
header { background: #1f3a5f; color: #fff; padding: 16px 24px; }
header h1 { margin: 0 0 6px; font-size: 22px; }
header .stats { display: flex; flex-wrap: wrap; gap: 18px; font-size: 14px; opacity: .95; }
nav { padding: 8px 24px; background: #e8edf3; font-size: 14px; }
nav a { margin-right: 16px; color: #1f3a5f; }
main { padding: 8px 24px 40px; max-width: 1400px; }
section { background: #fff; border: 1px solid #dde2e8; border-radius: 6px; padding: 12px 16px; margin: 16px 0; }
section h2 { font-size: 18px; margin: 4px 0 10px; }
.note, .empty { color: #5b6573; font-size: 13px; }
.empty { padding: 20px; text-align: center; border: 1px dashed #c9d0d8; border-radius: 4px; }
.chart { width: 100%; min-height: 40px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { border-bottom: 1px solid #e5e9ee; padding: 4px 6px; text-align: start; vertical-align: top; }
th { background: #f0f3f6; position: sticky; top: 0; }
td.date { white-space: nowrap; }
td.num, th.num { text-align: end; font-variant-numeric: tabular-nums; }
.filters { display: flex; flex-wrap: wrap; gap: 10px; align-items: end; margin-bottom: 8px; font-size: 13px; }
.filters label { display: flex; flex-direction: column; gap: 2px; }
.filters input, .filters select, .filters button { font: inherit; padding: 3px 6px; }
.chip { background: #fff4d6; border: 1px solid #e6c96b; border-radius: 12px; padding: 2px 8px; }
.table-wrap { max-height: 640px; overflow: auto; border: 1px solid #e5e9ee; }
button.toggle { border: none; background: none; cursor: pointer; font-size: 12px; width: 22px; }
tr.event-row:hover { background: #f4f8fc; }
tr.event-detail td { background: #fafbfc; }
.sentence { font-size: 17px; line-height: 1.9; margin: 6px 0; unicode-bidi: isolate; }
mark { border-radius: 3px; padding: 0 2px; }
mark.hl-trigger { background: #ffd166; font-weight: bold; }
mark.hl-actor { background: #cde7ff; }
mark.hl-place { background: #c9f2d0; }
mark.hl-date { background: #ead7ff; }
.legend mark { font-size: 12px; }
.meta { font-size: 12px; color: #444; display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; }
.type-badge { display: inline-block; border-radius: 3px; padding: 0 5px; color: #fff; font-size: 12px; }
.unlinked { color: #b15c00; }
.aliases span { display: inline-block; margin: 0 6px 2px 0; background: #f0f3f6; border-radius: 3px; padding: 0 4px; unicode-bidi: isolate; }
.ar { font-size: 15px; }
`;
