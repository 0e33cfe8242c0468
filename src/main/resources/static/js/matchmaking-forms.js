// Matchmaking forms: a new session's time zone follows the exchange chosen (until the office picks a zone itself), and
// the long lists of the company profile (countries, languages, HS chapters) narrow as one types a name.
(function () {
  function zoneFollowsExchange() {
    document.querySelectorAll('select[data-zone-follows]').forEach(function (exchange) {
      var zone = document.getElementById(exchange.dataset.zoneFollows);
      if (!zone || exchange.dataset.bound) {
        return;
      }
      exchange.dataset.bound = 'true';
      var touched = false;
      zone.addEventListener('change', function () { touched = true; });
      exchange.addEventListener('change', function () {
        var chosen = exchange.selectedOptions[0];
        if (!touched && chosen && chosen.dataset.zone) {
          zone.value = chosen.dataset.zone;
        }
      });
    });
  }
  function checklistsFilter() {
    document.querySelectorAll('.checklist-filter').forEach(function (filter) {
      if (filter.dataset.bound) {
        return;
      }
      filter.dataset.bound = 'true';
      var labels = filter.parentElement.querySelectorAll('.checklist-options label');
      filter.addEventListener('input', function () {
        var typed = filter.value.trim().toLowerCase();
        labels.forEach(function (label) {
          var checked = label.querySelector('input').checked;
          label.hidden = typed !== '' && !checked && label.textContent.toLowerCase().indexOf(typed) < 0;
        });
      });
    });
  }
  function bind() {
    zoneFollowsExchange();
    checklistsFilter();
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', bind);
  } else {
    bind();
  }
})();
