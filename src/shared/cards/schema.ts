import { z } from 'zod'
import { uuidSchema } from '../trips/schema'

/** A card or QR code the user carries; `typeId` points at a card type in the service pack. */
export const userCardSchema = z.object({
  id: uuidSchema,
  typeId: z.string().min(1),
  nickname: z
    .string()
    .min(1, { message: 'validation.nameRequired' })
    .max(40, { message: 'validation.tooLong' }),
  note: z.string().max(500, { message: 'validation.tooLong' }),
  createdAt: z.string(),
})
export type UserCard = z.infer<typeof userCardSchema>
