export { keepFormState, readFormState, MAX_FORM_STATES } from './keep'
