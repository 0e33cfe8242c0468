// Text from the server inserted into HTML built in a script (an ECharts tooltip formatter returns HTML, for example)
// goes through this first.
window.Twinport = window.Twinport || {};
Twinport.escapeHtml = function (text) {
  return String(text == null ? '' : text).replace(/[&<>"']/g, function (c) {
    return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
  });
};

// On a phone the main menu folds behind the Menu button.
document.addEventListener('DOMContentLoaded', function () {
  var toggle = document.getElementById('menu-toggle');
  if (!toggle) { return; }
  var header = toggle.closest('.site-header');
  toggle.addEventListener('click', function () {
    var open = header.classList.toggle('menu-open');
    toggle.setAttribute('aria-expanded', String(open));
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && header.classList.contains('menu-open')) {
      header.classList.remove('menu-open');
      toggle.setAttribute('aria-expanded', 'false');
      toggle.focus();
    }
  });
});

// Tells the server the reader's time zone, which it cannot know otherwise: the change history shows times in it.
(function () {
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && /^[A-Za-z][A-Za-z0-9_+\-\/]{0,63}$/.test(zone)) {
      document.cookie = 'twinport_tz=' + zone + '; path=/; max-age=31536000; SameSite=Lax';
    }
  } catch (e) {
    // A browser without Intl time zones: times stay in UTC, and say so.
  }
})();

// Sends the CSRF token with every htmx request that changes something.
document.addEventListener('htmx:configRequest', function (event) {
  var header = document.querySelector('meta[name="_csrf_header"]');
  var token = document.querySelector('meta[name="_csrf"]');
  if (header && token && event.detail.verb !== 'get') {
    event.detail.headers[header.content] = token.content;
  }
});

// Marketplace autocomplete: fills the search box's datalist from the suggest API.
document.addEventListener('DOMContentLoaded', () => {
	const box = document.getElementById('m-q');
	const list = document.getElementById('m-suggest');
	if (!box || !list) {
		return;
	}
	let timer;
	box.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(async () => {
			if (box.value.trim().length < 2) {
				return;
			}
			const lang = document.getElementById('m-lang').value;
			const market = document.getElementById('m-market').value;
			const response = await fetch('/api/v1/catalog/search/suggest?q=' + encodeURIComponent(box.value)
				+ '&lang=' + encodeURIComponent(lang) + '&market=' + encodeURIComponent(market));
			if (!response.ok) {
				return;
			}
			list.replaceChildren(...(await response.json()).map(title => {
				const option = document.createElement('option');
				option.value = title;
				return option;
			}));
		}, 200);
	});
});

// Forms marked auto-submit (the product page's market, language and currency) reload as soon as a choice changes.
document.addEventListener('change', (event) => {
	const form = event.target.form;
	if (form && form.classList.contains('auto-submit')) {
		form.submit();
	}
});

// Buttons marked data-print print the page (the matchmaking master grid).
document.addEventListener('click', (event) => {
	if (event.target.closest('[data-print]')) {
		window.print();
	}
});
