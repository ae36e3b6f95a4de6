/** The abstract's length bounds: shared by the Proposals collection and the form (server and client). */
export const ABSTRACT_MIN = 100
export const ABSTRACT_MAX = 3000
