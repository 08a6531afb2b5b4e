/** The self-contained embed: one `<script type="module">` defines `<news-timeline>`. */
export * from './index.js';
