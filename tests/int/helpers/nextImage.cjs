// jest runs ESM, where a default import of the CommonJS `next/image` yields its exports object;
// Next's bundler unwraps it. Hand jest the component itself (the real one, not a stub).
module.exports = require('next/dist/shared/lib/image-external').default
