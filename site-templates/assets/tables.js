/* Readiness table tools: filter and sort the tables Readiness marks with data-table-tools.
   Loaded only by internal builds (the layout's {{scripts}}); public builds hold no script.
   Progressive enhancement: every table is complete without it. No network, no libraries.
   Columns marked data-filter get a list to filter by; cells with data-sort sort by that value
   (dates as 2026-03-31, numbers as digits) instead of their text. */
(function () {
  "use strict";

  var tableCount = 0;

  function textOf(cell) {
    return (cell.textContent || "").replace(/\s+/g, " ").trim();
  }

  function keyOf(cell) {
    return cell && cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : (cell ? textOf(cell) : "");
  }

  function numberOf(text) {
    var match = String(text).replace(/,/g, "").match(/-?\d+(\.\d+)?/);
    return match ? parseFloat(match[0]) : NaN;
  }

  function compare(a, b, numeric) {
    if (numeric) {
      var x = numberOf(a);
      var y = numberOf(b);
      if (isNaN(x) || isNaN(y)) { return isNaN(x) === isNaN(y) ? 0 : (isNaN(x) ? 1 : -1); }
      return x - y;
    }
    if (a === "" || b === "") { return a === b ? 0 : (a === "" ? 1 : -1); }
    return a.localeCompare(b, "en-GB", { numeric: true, sensitivity: "base" });
  }

  function element(name, attributes, text) {
    var node = document.createElement(name);
    Object.keys(attributes).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function plural(count) {
    return count === 1 ? "1 row" : count + " rows";
  }

  function setUp(table) {
    if (!table.tHead || !table.tHead.rows.length || !table.tBodies.length) { return; }
    tableCount += 1;
    var id = "table-tools-" + tableCount;
    var body = table.tBodies[0];
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var rows = Array.prototype.slice.call(body.rows);
    var caption = table.caption ? textOf(table.caption) : "table";
    var filters = [];
    var sorted = { column: -1, ascending: true };

    var tools = element("div", { "class": "table-tools", role: "group", "aria-label": "Filter and sort: " + caption });
    var search = element("div", { "class": "table-tools__field" });
    search.appendChild(element("label", { "for": id + "-text" }, "Rows containing"));
    var input = element("input", { type: "search", id: id + "-text", autocomplete: "off", spellcheck: "false" });
    search.appendChild(input);
    tools.appendChild(search);

    headers.forEach(function (header, column) {
      if (!header.hasAttribute("data-filter")) { return; }
      var values = [];
      rows.forEach(function (row) {
        var value = keyOf(row.cells[column]);
        if (value !== "" && values.indexOf(value) < 0) { values.push(value); }
      });
      values.sort(function (a, b) { return compare(a, b, false); });
      var field = element("div", { "class": "table-tools__field" });
      field.appendChild(element("label", { "for": id + "-filter-" + column }, textOf(header)));
      var select = element("select", { id: id + "-filter-" + column });
      select.appendChild(element("option", { value: "" }, "All"));
      values.forEach(function (value) { select.appendChild(element("option", { value: value }, value)); });
      field.appendChild(select);
      tools.appendChild(field);
      filters.push({ column: column, select: select });
    });

    var status = element("p", { "class": "table-tools__status", role: "status" });
    tools.appendChild(status);

    function apply(sortMessage) {
      var query = input.value.trim().toLowerCase();
      var shown = 0;
      rows.forEach(function (row) {
        var visible = query === "" || textOf(row).toLowerCase().indexOf(query) >= 0;
        filters.forEach(function (filter) {
          if (filter.select.value !== "" && keyOf(row.cells[filter.column]) !== filter.select.value) { visible = false; }
        });
        row.hidden = !visible;
        if (visible) { shown += 1; }
      });
      var count = shown === rows.length ? "Showing all " + plural(rows.length) + "." :
        "Showing " + shown + " of " + plural(rows.length) + ".";
      status.textContent = (sortMessage ? sortMessage + " " : "") + count;
    }

    function sortBy(column) {
      var ascending = sorted.column === column ? !sorted.ascending : true;
      sorted = { column: column, ascending: ascending };
      var numeric = headers[column].classList.contains("num");
      var order = rows.map(function (row, index) { return { row: row, index: index, key: keyOf(row.cells[column]) }; });
      order.sort(function (a, b) {
        var empty = (a.key === "") - (b.key === "");
        if (empty !== 0) { return empty; }
        var result = compare(a.key, b.key, numeric);
        return (ascending ? result : -result) || a.index - b.index;
      });
      order.forEach(function (item) { body.appendChild(item.row); });
      headers.forEach(function (header, index) {
        if (index === column) {
          header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        } else {
          header.removeAttribute("aria-sort");
        }
        var icon = header.querySelector(".table-sort__icon");
        if (icon) { icon.textContent = index === column ? (ascending ? "\u25B2" : "\u25BC") : "\u21C5"; }
      });
      apply("Sorted by " + textOf(headers[column].querySelector(".table-sort__label")) +
        (ascending ? ", ascending." : ", descending."));
    }

    headers.forEach(function (header, column) {
      var button = element("button", { type: "button", "class": "table-sort" });
      var label = element("span", { "class": "table-sort__label" });
      while (header.firstChild) { label.appendChild(header.firstChild); }
      button.appendChild(label);
      button.appendChild(element("span", { "class": "table-sort__icon", "aria-hidden": "true" }, "\u21C5"));
      button.addEventListener("click", function () { sortBy(column); });
      header.appendChild(button);
    });

    input.addEventListener("input", function () { apply(""); });
    filters.forEach(function (filter) { filter.select.addEventListener("change", function () { apply(""); }); });

    var place = table.parentNode && table.parentNode.classList.contains("table-wrap") ? table.parentNode : table;
    place.parentNode.insertBefore(tools, place);
    status.textContent = "Showing all " + plural(rows.length) + ".";
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("table[data-table-tools]"), setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
