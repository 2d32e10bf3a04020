// Runs in the content script's isolated world. Highlights every "15/8/2014" as a date, styles
// it with an inserted <style> and adds an element of its own, both marked data-newsmark-ui.
(() => {
  const highlight = new Highlight();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let at = node.data.indexOf('15/8/2014'); at >= 0; at = node.data.indexOf('15/8/2014', at + 1)) {
      const range = new Range();
      range.setStart(node, at);
      range.setEnd(node, at + '15/8/2014'.length);
      highlight.add(range);
    }
  }
  CSS.highlights.set('newsmark-date', highlight);
  const style = document.createElement('style');
  style.dataset.newsmarkUi = '';
  style.textContent = '::highlight(newsmark-date) { background-color: rgb(255, 200, 0); }';
  document.head.append(style);
  const ui = document.createElement('div');
  ui.dataset.newsmarkUi = 'probe';
  ui.textContent = 'probe';
  document.body.append(ui);
})();
