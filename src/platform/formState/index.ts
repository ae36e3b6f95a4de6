export { keepFormState, readFormState } from './keep'
