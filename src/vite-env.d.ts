/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/react" />

declare module 'virtual:scenario-catalogue' {
  const catalogue: Record<string, Record<string, { title: string; keywords: string }>>;
  export default catalogue;
}
