// Numbers in charts as the page writes them (DisplayFormat): Vietnamese "1.200" and "27,1 %",
// English "1,200" and "27.1%", from the page's language (<html lang>), never the browser's.
window.ParcommsFormat = (function () {
  var english = (document.documentElement.lang || 'vi').toLowerCase().indexOf('en') === 0;
  function number(value) {
    if (value === null || value === undefined || isNaN(value)) {
      return '—';
    }
    var rounded = Math.round(Number(value) * 100) / 100;
    var negative = rounded < 0;
    var parts = Math.abs(rounded).toFixed(2).replace(/0+$/, '').replace(/\.$/, '').split('.');
    var grouped = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, english ? ',' : '.');
    var text = parts.length > 1 ? grouped + (english ? '.' : ',') + parts[1] : grouped;
    return (negative ? '-' : '') + text;
  }
  function percent(value) {
    if (value === null || value === undefined || isNaN(value)) {
      return '—';
    }
    return number(value) + (english ? '%' : '\u00a0%');
  }
  return { number: number, percent: percent, english: english };
})();
