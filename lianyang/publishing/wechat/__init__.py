"""The station's WeChat Official Account as a publishing channel: a notice or a newspaper article becomes the
payloads of WeChat's draft, publish and mass-send calls, handed to the transport the deployment chose."""
