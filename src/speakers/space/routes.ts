/** The speaker space's paths (without the locale prefix: localePath adds /fr). */
export const speakerRoutes = {
  home: () => '/speaker',
  signIn: () => '/speaker/sign-in',
  checkEmail: () => '/speaker/check-email',
  link: () => '/speaker/link',
  signOut: () => '/speaker/sign-out',
  proposal: (id: number | string) => `/speaker/proposals/${id}`,
  edit: (id: number | string) => `/speaker/proposals/${id}/edit`,
  invite: (id: number | string) => `/speaker/proposals/${id}/invite`,
  invitation: () => '/speaker/invitation',
  withdraw: (id: number | string) => `/speaker/proposals/${id}/withdraw`,
  confirm: (id: number | string) => `/speaker/proposals/${id}/confirm`,
} as const
