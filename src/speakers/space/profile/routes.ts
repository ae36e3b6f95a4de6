/** "My profile"'s paths (without the locale prefix: localePath adds /fr). */
export const profileRoutes = {
  page: () => '/speaker/profile',
  save: () => '/speaker/profile/save',
} as const
