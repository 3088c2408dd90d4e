// The host page's own code took one of our tag names before our loader ran.
customElements.define('ebok-balance', class OperatorsBalance extends HTMLElement {});
