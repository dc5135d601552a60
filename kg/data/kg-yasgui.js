// kg's YASGUI set-up: this server's endpoint only, the project prefixes, the saved queries,
// and no look-ups on the web (class/property completion from LOV is switched off).
(function () {
  "use strict";
  var kg = JSON.parse(document.getElementById("kg-config").textContent);
  var endpoint = location.origin + "/sparql";

  // PREFIX lines for the project prefixes a text uses but does not declare, so the editor's
  // syntax check agrees with the endpoint (which declares them all).
  function withPrologue(text) {
    var lines = [];
    Object.keys(kg.prefixes).forEach(function (p) {
      var used = new RegExp("(^|[\\s(\\[{/^|,;.!])" + p + ":", "m").test(text);
      var declared = new RegExp("PREFIX\\s+" + p + ":", "i").test(text);
      if (used && !declared) { lines.push("PREFIX " + p + ": <" + kg.prefixes[p] + ">"); }
    });
    return (lines.length ? lines.join("\n") + "\n" : "") + text;
  }

  Yasgui.Yasqe.defaults.autocompleters = ["prefixes", "variables"];
  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; }, keys: [] },
    persistenceId: "kg-yasgui",
    yasqe: { value: withPrologue(kg.example) }
  });
  if (yasgui.getTab().getEndpoint() !== endpoint) { yasgui.getTab().setEndpoint(endpoint); }

  var select = document.getElementById("saved");
  kg.saved.forEach(function (q) {
    var option = document.createElement("option");
    option.value = q.name; option.textContent = q.name + " \u2014 " + q.summary;
    select.appendChild(option);
  });
  select.addEventListener("change", function () {
    var q = kg.saved.filter(function (s) { return s.name === select.value; })[0];
    if (!q) { return; }
    var tab = yasgui.getTab();
    tab.setQuery(withPrologue(q.text));
    tab.setName(q.name);
  });
  window.kgYasgui = { yasgui: yasgui, withPrologue: withPrologue };
})();
