// A visitor who has not signed in keeps the cart in the browser, in the cookie the
// server reads on sign-in: twinport_cart=variantId:quantity|variantId:quantity
(function () {
	const NAME = 'twinport_cart';
	const MAX_QUANTITY = 99;

	function read() {
		const lines = new Map();
		const cookie = document.cookie.split('; ').find(c => c.startsWith(NAME + '='));
		if (!cookie) {
			return lines;
		}
		decodeURIComponent(cookie.substring(NAME.length + 1)).split(/[|,]/).forEach(entry => {
			const parts = entry.split(':');
			if (parts.length === 2 && /^[0-9]{1,18}$/.test(parts[0]) && /^[0-9]{1,3}$/.test(parts[1])) {
				lines.set(parts[0], Math.min(MAX_QUANTITY, (lines.get(parts[0]) || 0) + Number(parts[1])));
			}
		});
		return lines;
	}

	function write(lines) {
		const value = Array.from(lines.entries()).map(([v, q]) => v + ':' + q).join('|');
		document.cookie = NAME + '=' + value + '; path=/; max-age=' + (30 * 24 * 3600) + '; SameSite=Lax';
	}

	document.addEventListener('DOMContentLoaded', () => {
		const form = document.querySelector('form[data-anonymous-cart="true"]');
		if (!form) {
			return;
		}
		form.addEventListener('submit', event => {
			event.preventDefault();
			const status = document.getElementById('cart-status');
			const variant = form.querySelector('[name="variantId"]').value;
			const quantity = Number(form.querySelector('[name="quantity"]').value);
			if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_QUANTITY) {
				status.textContent = form.dataset.badQuantity;
				status.className = 'error';
				return;
			}
			const lines = read();
			lines.set(variant, Math.min(MAX_QUANTITY, (lines.get(variant) || 0) + quantity));
			write(lines);
			const count = document.getElementById('cart-count');
			if (count) {
				count.textContent = String(Array.from(lines.values()).reduce((a, b) => a + b, 0));
			}
			status.className = 'notice';
			status.textContent = form.dataset.added.replace('{0}', String(lines.size));
		});
	});
})();
