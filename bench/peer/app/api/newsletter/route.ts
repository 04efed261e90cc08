import { NewsletterAPI, type NewsletterConfig } from 'pliny/newsletter'
import siteMetadata from '@/data/siteMetadata'

export const dynamic = 'force-static'

// The starter silences the type of the JavaScript config's provider string with a comment; a cast
// to the provider type says the same without switching the checker off.
const handler = NewsletterAPI({
  provider: siteMetadata.newsletter?.provider as NewsletterConfig['provider'],
})

export { handler as GET, handler as POST }
